/**
 * Registration and login of foreigners and businesses (cms/src/sso/accounts/kinds.ts):
 * spread into the one catalogue (messages.ts), apart so the passkey and account pages and
 * these grow without touching each other's lines.
 */
export const REGISTER_VI = {
  'sso.register.choose_heading': 'Đăng ký tài khoản',
  'sso.register.heading.foreigner': 'Đăng ký tài khoản người nước ngoài',
  'sso.register.heading.business': 'Đăng ký tài khoản doanh nghiệp, tổ chức',
  'sso.register.synthetic_business_notice':
    'Môi trường phát triển: doanh nghiệp và người đại diện được đối chiếu với một cơ sở dữ liệu đăng ký doanh nghiệp giả lập, không phải dữ liệu thật.',
  'sso.kind.legend': 'Bạn đăng ký tài khoản với tư cách',
  'sso.kind.citizen': 'Công dân Việt Nam',
  'sso.kind.foreigner': 'Người nước ngoài',
  'sso.kind.business': 'Doanh nghiệp, tổ chức (qua người đại diện theo pháp luật)',
  'sso.kind.continue': 'Tiếp tục',
  'sso.kind.current': 'Loại tài khoản: {{kind}}.',
  'sso.kind.change': 'Chọn loại tài khoản khác',
  'sso.login.kinds': 'Đăng nhập với tư cách',
  'sso.login.failed.foreigner': 'Số hộ chiếu, quốc tịch hoặc mật khẩu không đúng.',
  'sso.login.failed.business': 'Mã số doanh nghiệp, người đại diện hoặc mật khẩu không đúng.',
  'sso.field.passport_number': 'Số hộ chiếu',
  'sso.field.passport_number_hint': 'Như in trong hộ chiếu: 6 đến 9 chữ cái và chữ số.',
  'sso.field.nationality': 'Quốc tịch',
  'sso.field.nationality_choose': '(Chọn quốc tịch)',
  'sso.field.full_name_passport': 'Họ và tên (như trong hộ chiếu)',
  'sso.field.enterprise_code': 'Mã số doanh nghiệp hoặc mã số thuế',
  'sso.field.enterprise_code_hint': '10 chữ số, hoặc 13 ký tự với đơn vị phụ thuộc, ví dụ 0100109106-001.',
  'sso.field.business_name': 'Tên doanh nghiệp, tổ chức (như trong giấy chứng nhận đăng ký)',
  'sso.field.representative_name': 'Họ và tên người đại diện theo pháp luật',
  'sso.field.representative_nationality': 'Quốc tịch của người đại diện',
  'sso.field.representative_id': 'Giấy tờ của người đại diện',
  'sso.field.representative_id_hint':
    'Số định danh cá nhân (12 chữ số) nếu người đại diện là công dân Việt Nam; số hộ chiếu nếu là người nước ngoài.',
  'sso.field.phone_international_hint':
    'Số di động Việt Nam (10 chữ số, bắt đầu bằng 0) hoặc số quốc tế bắt đầu bằng +, ví dụ +821012345678.',
  'sso.phone.invalid_international':
    'Số điện thoại phải là số di động Việt Nam (10 chữ số, bắt đầu bằng 0) hoặc số quốc tế bắt đầu bằng +.',
  'sso.passport.format': 'Số hộ chiếu phải gồm 6 đến 9 chữ cái (không dấu) và chữ số.',
  'sso.nationality.unknown': 'Hãy chọn một quốc tịch trong danh sách.',
  'sso.nationality.vietnamese':
    'Công dân Việt Nam đăng ký bằng số định danh cá nhân: hãy chọn loại tài khoản "Công dân Việt Nam".',
  'sso.enterprise.format':
    'Mã số doanh nghiệp phải gồm 10 chữ số, hoặc 10 chữ số, dấu "-" và 3 chữ số đối với đơn vị phụ thuộc.',
  'sso.enterprise.check_digit': 'Mã số doanh nghiệp không hợp lệ: chữ số kiểm tra (chữ số thứ 10) không đúng.',
  'sso.representative.missing':
    'Doanh nghiệp đăng ký qua người đại diện: hãy nhập số định danh cá nhân hoặc số hộ chiếu của người đại diện.',
  'sso.register.exists.foreigner': 'Hộ chiếu này đã có tài khoản. Vui lòng đăng nhập.',
  'sso.register.exists.business': 'Người đại diện này đã có tài khoản của doanh nghiệp. Vui lòng đăng nhập.',
  'sso.register.unknown.foreigner': 'Không tìm thấy hộ chiếu này trong dữ liệu người nước ngoài cư trú tại Việt Nam.',
  'sso.register.mismatch.foreigner':
    'Họ tên hoặc ngày sinh không khớp với dữ liệu người nước ngoài cư trú tại Việt Nam.',
  'sso.register.business.unknown':
    'Không tìm thấy mã số doanh nghiệp này trong Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp.',
  'sso.register.business.mismatch': 'Tên doanh nghiệp không khớp với Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp.',
  'sso.register.business.not_representative':
    'Người này không phải người đại diện theo pháp luật của doanh nghiệp theo Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp.',
  'sso.register.business.unavailable':
    'Chưa thể đối chiếu với Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp. Vui lòng thử lại sau.',
  'account.kind': 'Loại tài khoản',
  'account.passport': 'Hộ chiếu',
  'account.business': 'Doanh nghiệp, tổ chức',
  'account.enterprise_code': 'Mã số doanh nghiệp',
}

export const REGISTER_EN: Record<keyof typeof REGISTER_VI, string> = {
  'sso.register.choose_heading': 'Register an account',
  'sso.register.heading.foreigner': 'Register a foreigner’s account',
  'sso.register.heading.business': 'Register a business or organisation account',
  'sso.register.synthetic_business_notice':
    'Development environment: the business and its representative are checked against a synthetic business registry, not real data.',
  'sso.kind.legend': 'Who is this account for?',
  'sso.kind.citizen': 'A Vietnamese citizen',
  'sso.kind.foreigner': 'A foreigner',
  'sso.kind.business': 'A business or organisation (through its legal representative)',
  'sso.kind.continue': 'Continue',
  'sso.kind.current': 'Kind of account: {{kind}}.',
  'sso.kind.change': 'Choose another kind of account',
  'sso.login.kinds': 'Log in as',
  'sso.login.failed.foreigner': 'The passport number, the nationality or the password is wrong.',
  'sso.login.failed.business': 'The enterprise code, the representative or the password is wrong.',
  'sso.field.passport_number': 'Passport number',
  'sso.field.passport_number_hint': 'As printed in the passport: 6 to 9 letters and digits.',
  'sso.field.nationality': 'Nationality',
  'sso.field.nationality_choose': '(Choose a nationality)',
  'sso.field.full_name_passport': 'Full name (as in the passport)',
  'sso.field.enterprise_code': 'Enterprise code or tax code',
  'sso.field.enterprise_code_hint': '10 digits, or 13 characters for a dependent unit, for example 0100109106-001.',
  'sso.field.business_name': 'Name of the business or organisation (as in its registration certificate)',
  'sso.field.representative_name': 'Full name of the legal representative',
  'sso.field.representative_nationality': 'Nationality of the representative',
  'sso.field.representative_id': 'Representative’s identity document',
  'sso.field.representative_id_hint':
    'The personal identification number (12 digits) of a Vietnamese representative; the passport number of a foreign one.',
  'sso.field.phone_international_hint':
    'A Vietnamese mobile number (10 digits starting with 0) or an international number starting with +, for example +821012345678.',
  'sso.phone.invalid_international':
    'The phone number must be a Vietnamese mobile number (10 digits starting with 0) or an international number starting with +.',
  'sso.passport.format': 'The passport number must have 6 to 9 letters (without accents) and digits.',
  'sso.nationality.unknown': 'Please choose a nationality from the list.',
  'sso.nationality.vietnamese':
    'Vietnamese citizens register with their personal identification number: choose the "Vietnamese citizen" account.',
  'sso.enterprise.format':
    'The enterprise code must have 10 digits, or 10 digits, a "-" and 3 digits for a dependent unit.',
  'sso.enterprise.check_digit': 'The enterprise code is not valid: its check digit (the 10th digit) is wrong.',
  'sso.representative.missing':
    'A business registers through its representative: enter the representative’s personal identification number or passport number.',
  'sso.register.exists.foreigner': 'This passport already has an account. Please log in.',
  'sso.register.exists.business': 'This representative already has an account for this business. Please log in.',
  'sso.register.unknown.foreigner': 'This passport is not in the records of foreigners residing in Vietnam.',
  'sso.register.mismatch.foreigner':
    'The name or date of birth does not match the records of foreigners residing in Vietnam.',
  'sso.register.business.unknown': 'This enterprise code is not in the National Business Registration Database.',
  'sso.register.business.mismatch': 'The business name does not match the National Business Registration Database.',
  'sso.register.business.not_representative':
    'This person is not a legal representative of the business in the National Business Registration Database.',
  'sso.register.business.unavailable':
    'The National Business Registration Database cannot be checked right now. Please try again later.',
  'account.kind': 'Kind of account',
  'account.passport': 'Passport',
  'account.business': 'Business or organisation',
  'account.enterprise_code': 'Enterprise code',
}
