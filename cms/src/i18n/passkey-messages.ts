/**
 * Passkeys (cms/src/sso/passkeys/): the login ceremony, the account page's list and the
 * page that adds one. Spread into the one catalogue (messages.ts) like account-messages.ts.
 */
export const PASSKEY_VI = {
  'passkey.login.link': 'Đăng nhập bằng khóa truy cập',
  'passkey.login.intro':
    '{{client}} đề nghị bạn đăng nhập. Dùng khóa truy cập (passkey) đã lưu trên điện thoại hoặc máy tính: thiết bị sẽ hỏi vân tay, khuôn mặt hoặc mã PIN.',
  'passkey.login.submit': 'Dùng khóa truy cập',
  'passkey.login.none':
    'Tài khoản của bạn chưa có khóa truy cập. Sau khi đăng nhập, bạn có thể thêm khóa truy cập ở trang tài khoản.',
  'passkey.login.password': 'Đăng nhập bằng mật khẩu',
  'passkey.refused.challenge': 'Yêu cầu dùng khóa truy cập đã hết hạn hoặc đã được dùng. Hãy thử lại.',
  'passkey.refused.unknown_credential': 'Khóa truy cập này không thuộc tài khoản nào trên Cổng (có thể đã bị xóa).',
  'passkey.refused.other_account': 'Khóa truy cập này thuộc một tài khoản khác.',
  'passkey.refused.verification': 'Không xác minh được khóa truy cập. Hãy thử lại.',
  'passkey.refused.malformed': 'Trình duyệt chưa gửi kết quả của khóa truy cập. Hãy bật JavaScript và thử lại.',
  'passkey.refused.duplicate': 'Khóa truy cập này đã được đăng ký.',
  'passkey.too_low': 'Khóa truy cập của tài khoản này chưa đạt mức bảo đảm {{level}} mà {{client}} yêu cầu.',
  'passkey.script.waiting': 'Hãy làm theo hướng dẫn của trình duyệt hoặc thiết bị.',
  'passkey.script.failed':
    'Chưa dùng được khóa truy cập (đã hủy, hết thời gian, hoặc thiết bị không có khóa cho trang này). Bạn có thể thử lại.',
  'passkey.script.unsupported': 'Trình duyệt này không hỗ trợ khóa truy cập.',
  'passkey.noscript': 'Khóa truy cập cần JavaScript trên trang này.',
  'account.passkeys': 'Khóa truy cập',
  'account.passkeys.intro':
    'Khóa truy cập (passkey) giúp đăng nhập không cần mật khẩu, bằng vân tay, khuôn mặt hoặc mã PIN của thiết bị. Trên danh tính đã xác minh, nó đạt mức bảo đảm 4.',
  'account.passkeys.none': 'Tài khoản chưa có khóa truy cập nào.',
  'account.passkeys.name': 'Tên',
  'account.passkeys.added': 'Ngày thêm',
  'account.passkeys.used': 'Lần dùng gần nhất',
  'account.passkeys.never': 'Chưa dùng',
  'account.passkeys.kind': 'Loại',
  'account.passkeys.kind.bound': 'Gắn với một thiết bị',
  'account.passkeys.kind.synced': 'Đồng bộ giữa các thiết bị',
  'account.passkeys.remove': 'Xóa khóa “{{name}}”',
  'account.passkeys.removed': 'Đã xóa khóa truy cập.',
  'account.passkeys.add': 'Thêm khóa truy cập',
  'account.passkeys.unverified': 'Chỉ tài khoản có danh tính đã được xác minh mới thêm được khóa truy cập.',
  'account.passkeys.confirm_first':
    'Để thêm khóa truy cập, hãy xác nhận lần đăng nhập này bằng mã xác thực một lần (mức 3) trước.',
  'account.passkeys.confirm_link': 'Xác nhận bằng mã xác thực một lần',
  'account.passkeys.add_intro':
    'Đặt một cái tên để sau này nhận ra khóa (ví dụ “Điện thoại của tôi”), rồi làm theo hướng dẫn của thiết bị.',
  'account.passkeys.name_label': 'Tên khóa truy cập',
  'account.passkeys.name_invalid': 'Nhập tên dài từ 1 đến {{max}} ký tự.',
  'account.passkeys.create': 'Tạo khóa truy cập',
  'account.passkeys.created': 'Đã thêm khóa truy cập “{{name}}”.',
  'account.passkeys.limit': 'Mỗi tài khoản có tối đa {{max}} khóa truy cập: hãy xóa bớt một khóa trước.',
  'account.passkeys.back': 'Quay lại trang tài khoản',
} as const

export type PasskeyMessageKey = keyof typeof PASSKEY_VI

export const PASSKEY_EN: Record<PasskeyMessageKey, string> = {
  'passkey.login.link': 'Sign in with a passkey',
  'passkey.login.intro':
    '{{client}} asks you to sign in. Use the passkey saved on your phone or computer: the device will ask for your fingerprint, face or PIN.',
  'passkey.login.submit': 'Use a passkey',
  'passkey.login.none': 'Your account has no passkey yet. Once signed in, you can add one on your account page.',
  'passkey.login.password': 'Log in with a password',
  'passkey.refused.challenge': 'The passkey request expired or was already used. Please try again.',
  'passkey.refused.unknown_credential': 'This passkey belongs to no account on the portal (it may have been removed).',
  'passkey.refused.other_account': 'This passkey belongs to another account.',
  'passkey.refused.verification': 'The passkey could not be verified. Please try again.',
  'passkey.refused.malformed': 'The browser sent no passkey answer. Turn on JavaScript and try again.',
  'passkey.refused.duplicate': 'This passkey is registered already.',
  'passkey.too_low': 'A passkey on this account does not reach the assurance level {{level}} that {{client}} asks for.',
  'passkey.script.waiting': "Follow your browser's or device's prompt.",
  'passkey.script.failed':
    'The passkey was not used (cancelled, timed out, or the device has none for this site). You can try again.',
  'passkey.script.unsupported': 'This browser does not support passkeys.',
  'passkey.noscript': 'Passkeys need JavaScript on this page.',
  'account.passkeys': 'Passkeys',
  'account.passkeys.intro':
    "A passkey lets you sign in without a password, with your device's fingerprint, face or PIN. On a verified identity it reaches assurance level 4.",
  'account.passkeys.none': 'This account has no passkeys.',
  'account.passkeys.name': 'Name',
  'account.passkeys.added': 'Added',
  'account.passkeys.used': 'Last used',
  'account.passkeys.never': 'Never',
  'account.passkeys.kind': 'Kind',
  'account.passkeys.kind.bound': 'Bound to one device',
  'account.passkeys.kind.synced': 'Synced between devices',
  'account.passkeys.remove': 'Remove “{{name}}”',
  'account.passkeys.removed': 'The passkey was removed.',
  'account.passkeys.add': 'Add a passkey',
  'account.passkeys.unverified': 'Only accounts with a verified identity can add a passkey.',
  'account.passkeys.confirm_first': 'To add a passkey, first confirm this sign-in with a one-time code (level 3).',
  'account.passkeys.confirm_link': 'Confirm with a one-time code',
  'account.passkeys.add_intro':
    "Give it a name you will recognise later (for example “My phone”), then follow your device's prompt.",
  'account.passkeys.name_label': 'Passkey name',
  'account.passkeys.name_invalid': 'Enter a name of 1 to {{max}} characters.',
  'account.passkeys.create': 'Create the passkey',
  'account.passkeys.created': 'The passkey “{{name}}” was added.',
  'account.passkeys.limit': 'An account has at most {{max}} passkeys: remove one first.',
  'account.passkeys.back': 'Back to your account',
}
