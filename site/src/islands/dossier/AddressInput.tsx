import { type AddressValue, DOSSIER_PATHS, type Place } from '@dvc/cms/dossiers'
import { useEffect, useState } from 'react'

import type { Translate } from '../search/translate.ts'
import { type ApiContext, api } from './api.ts'

/** Places change once in years (QĐ 19/2025/QĐ-TTg): each list is fetched once per page. */
const lists = new Map<string, Promise<Place[]>>()

function places(context: ApiContext, province?: string): Promise<Place[]> {
  const key = province ?? ''
  let list = lists.get(key)
  if (!list) {
    const template = province ? `${DOSSIER_PATHS.places}/{province}` : DOSSIER_PATHS.places
    list = api<Place[]>(context, template, { params: { province: key } })
    list.catch(() => lists.delete(key))
    lists.set(key, list)
  }
  return list
}

type Props = {
  id: string
  value: AddressValue | undefined
  onChange: (value: AddressValue) => void
  context: ApiContext
  t: Translate
}

/** An address since 1 July 2025: province, then its commune or ward, then the street. */
export function AddressInput({ id, value, onChange, context, t }: Props) {
  const [provinces, setProvinces] = useState<Place[]>([])
  const [communes, setCommunes] = useState<Place[]>([])
  const province = value?.province ?? ''
  const current: AddressValue = value ?? { province: '', commune: '' }

  useEffect(() => {
    places(context)
      .then(setProvinces)
      .catch(() => setProvinces([]))
  }, [context])

  useEffect(() => {
    setCommunes([])
    if (province)
      places(context, province)
        .then(setCommunes)
        .catch(() => setCommunes([]))
  }, [context, province])

  const select = (key: 'province' | 'commune', label: string, list: Place[]) => (
    <div className="field">
      <label htmlFor={key === 'province' ? id : `${id}-${key}`}>{t(label)}</label>
      <select
        id={key === 'province' ? id : `${id}-${key}`}
        value={current[key]}
        disabled={list.length === 0}
        onChange={(event) =>
          onChange(
            key === 'province'
              ? { ...current, province: event.target.value, commune: '' }
              : { ...current, commune: event.target.value },
          )
        }
      >
        <option value="">{t('submit.choose')}</option>
        {list.map((place) => (
          <option key={place.code} value={place.code}>
            {place.name}
          </option>
        ))}
      </select>
    </div>
  )

  return (
    <>
      {select('province', 'submit.address.province', provinces)}
      {select('commune', 'submit.address.commune', communes)}
      <div className="field">
        <label htmlFor={`${id}-street`}>{t('submit.address.street')}</label>
        <input
          id={`${id}-street`}
          autoComplete="street-address"
          value={current.street ?? ''}
          onChange={(event) => onChange({ ...current, street: event.target.value })}
        />
      </div>
    </>
  )
}

/** An address in words (street, commune, province) for the review, names from the same lists. */
export function AddressText({ value, context }: { value: AddressValue; context: ApiContext }) {
  const [names, setNames] = useState<string[]>([value.commune, value.province])
  useEffect(() => {
    Promise.all([places(context, value.province), places(context)])
      .then(([communes, provinces]) =>
        setNames([
          communes.find((place) => place.code === value.commune)?.name ?? value.commune,
          provinces.find((place) => place.code === value.province)?.name ?? value.province,
        ]),
      )
      .catch(() => undefined)
  }, [context, value.province, value.commune])
  return <>{[value.street, ...names].filter(Boolean).join(', ')}</>
}
