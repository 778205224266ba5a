'use client'
/** The officer's buttons on a dossier (issue 15): built by the admin work of this issue. */
export function DossierActions() {
  return null
}
