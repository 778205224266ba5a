/**
 * The portal's own messages, one catalogue for the admin's checks, the API's errors and
 * (later) the SSO pages (STYLE 10): flat dotted keys, a key/value map per language, values
 * in i18next's syntax (`{{max}}`) like the site's. An error's code is its message's key
 * (errors.ts). Labels of fixed values (levels, channels, ...) live in vocabulary.ts.
 */
const vi = {
  'agency.outside_tree': 'Bạn chỉ được tạo và sửa hồ sơ của cơ quan mình và các đơn vị trực thuộc.',
  'agency.parent_cycle': 'Cơ quan cấp trên không hợp lệ: tạo thành vòng lặp.',
  'publish.reviewer_only': 'Chỉ người duyệt mới được xuất bản. Hãy lưu bản nháp và gửi duyệt.',
  'procedure.code_format': 'Mã thủ tục phải theo định dạng của CSDL quốc gia, ví dụ 1.001193.',
  'procedure.code_immutable': 'Không được đổi mã của thủ tục đã xuất bản.',
  'procedure.fee_negative': 'Lệ phí không được âm (đơn vị: đồng).',
  'procedure.time_positive': 'Thời hạn giải quyết phải lớn hơn 0.',
  'procedure.form_missing': 'Biểu mẫu được chọn không tồn tại.',
  'user.agency_required': 'Cán bộ (trừ quản trị viên) phải thuộc một cơ quan.',
  'upload.type_refused': 'Tệp không phải PDF, DOCX hoặc XLSX (kiểm tra theo nội dung tệp, không theo phần mở rộng).',
  'video.source_required': 'Cần tải lên tệp video hoặc nhập đường dẫn video.',
  'video.captions_format': 'Phụ đề phải là WebVTT (bắt đầu bằng "WEBVTT").',
  'search.query_too_long': 'Từ khóa tìm kiếm quá dài: tối đa {{max}} ký tự.',
  'search.locale_unknown': 'Ngôn ngữ không được hỗ trợ: dùng "vi" hoặc "en".',
  'search.page_invalid': 'Số trang không hợp lệ: dùng một số nguyên từ 1 đến {{max}}.',
  'search.filter_invalid': 'Giá trị lọc "{{param}}" không hợp lệ.',
  'search.rate_limited': 'Bạn tìm kiếm quá nhanh. Vui lòng thử lại sau {{seconds}} giây.',
  'search.unavailable': 'Chức năng tìm kiếm đang tạm gián đoạn. Vui lòng thử lại sau ít phút.',
  'feedback.invalid':
    'Ý kiến không hợp lệ: cần trả lời "có" hoặc "không" cho một trang của cổng; lời nhắn tối đa {{max}} ký tự.',
  'feedback.rate_limited': 'Bạn gửi ý kiến quá nhanh. Vui lòng thử lại sau {{seconds}} giây.',
  'query.depth': 'Tham số "depth" phải là số nguyên từ 0 đến {{max}}.',
  'query.limit': 'Tham số "limit" phải là số nguyên từ 0 đến {{max}}.',
  'query.page': 'Tham số "page" phải là số nguyên dương, tối đa {{max}}.',
  'query.locale': 'Ngôn ngữ trong tham số "{{param}}" không được hỗ trợ: dùng một trong {{locales}}.',
  'query.flag': 'Tham số "{{param}}" chỉ nhận true hoặc false.',
  'query.nul': 'Tham số "{{param}}" chứa ký tự NUL, không được phép.',
  'query.too_long': 'Giá trị của tham số "{{param}}" quá dài: tối đa {{max}} ký tự.',
  'query.operator': 'Toán tử trong tham số "where" không được hỗ trợ.',
  'query.sort': 'Tham số "sort" phải là tên trường (có thể có dấu "-" phía trước), cách nhau bằng dấu phẩy.',
  'query.json': 'Tham số "{{param}}" không phải JSON hợp lệ.',
  'id.invalid': 'Mã bản ghi không hợp lệ: dùng một số nguyên dương.',
  'path.invalid': 'Đường dẫn yêu cầu không hợp lệ.',
  'body.too_large': 'Nội dung gửi lên quá lớn: tối đa {{max}} MB.',
  'body.invalid_json': 'Nội dung gửi lên không phải JSON hợp lệ.',
  'body.nul': 'Nội dung gửi lên chứa ký tự NUL, không được phép.',
  'input.invalid_data':
    'Giá trị gửi lên không hợp lệ: sai kiểu dữ liệu, vượt giới hạn hoặc chứa ký tự không được phép.',
  'body.invalid': 'Không đọc được nội dung gửi lên (biểu mẫu hoặc tệp bị hỏng).',
  'route.not_found': 'Không có địa chỉ API này.',
  'graphql.invalid': 'Truy vấn GraphQL không hợp lệ.',
  'file.not_found': 'Không tìm thấy tệp.',
  'method.not_allowed': 'Địa chỉ API này không nhận phương thức yêu cầu đã dùng.',
  internal: 'Hệ thống đang gặp sự cố. Vui lòng thử lại sau; nếu lỗi lặp lại, hãy báo mã yêu cầu cho bộ phận hỗ trợ.',
} as const

export type MessageKey = keyof typeof vi

const en: Record<MessageKey, string> = {
  'agency.outside_tree': 'You may only create and edit records of your own agency and the units below it.',
  'agency.parent_cycle': 'Invalid parent agency: it would create a loop.',
  'publish.reviewer_only': 'Only a reviewer may publish. Save a draft and send it for review.',
  'procedure.code_format': 'The procedure code must follow the national database format, for example 1.001193.',
  'procedure.code_immutable': 'The code of a published procedure cannot change.',
  'procedure.fee_negative': 'A fee cannot be negative (amount in VND).',
  'procedure.time_positive': 'The processing time must be greater than 0.',
  'procedure.form_missing': 'The selected form does not exist.',
  'user.agency_required': 'Staff other than administrators must belong to an agency.',
  'upload.type_refused': 'The file is not a PDF, DOCX or XLSX (checked by its content, not its extension).',
  'video.source_required': 'Upload a video file or enter a video URL.',
  'video.captions_format': 'Captions must be WebVTT (starting with "WEBVTT").',
  'search.query_too_long': 'The search text is too long: at most {{max}} characters.',
  'search.locale_unknown': 'Unsupported language: use "vi" or "en".',
  'search.page_invalid': 'Invalid page number: use a whole number from 1 to {{max}}.',
  'search.filter_invalid': 'The value of the "{{param}}" filter is not valid.',
  'search.rate_limited': 'Too many searches in a short time. Please try again in {{seconds}} seconds.',
  'search.unavailable': 'Search is temporarily unavailable. Please try again in a few minutes.',
  'feedback.invalid':
    'The feedback is not valid: answer "yes" or "no" about a page of this site; a comment has at most {{max}} characters.',
  'feedback.rate_limited': 'Too much feedback in a short time. Please try again in {{seconds}} seconds.',
  'query.depth': 'The "depth" parameter must be a whole number from 0 to {{max}}.',
  'query.limit': 'The "limit" parameter must be a whole number from 0 to {{max}}.',
  'query.page': 'The "page" parameter must be a positive whole number, at most {{max}}.',
  'query.locale': 'The language in the "{{param}}" parameter is not supported: use one of {{locales}}.',
  'query.flag': 'The "{{param}}" parameter takes true or false.',
  'query.nul': 'The "{{param}}" parameter contains a NUL character, which is not allowed.',
  'query.too_long': 'The value of the "{{param}}" parameter is too long: at most {{max}} characters.',
  'query.operator': 'An operator in the "where" parameter is not supported.',
  'query.sort': 'The "sort" parameter must be field names (each may start with "-"), separated by commas.',
  'query.json': 'The "{{param}}" parameter is not valid JSON.',
  'id.invalid': 'Invalid record id: use a positive whole number.',
  'path.invalid': 'The request path is not valid.',
  'body.too_large': 'The request body is too large: at most {{max}} MB.',
  'body.invalid_json': 'The request body is not valid JSON.',
  'body.nul': 'The request body contains a NUL character, which is not allowed.',
  'input.invalid_data':
    'A value sent is not valid: wrong type, out of range or containing a character that is not allowed.',
  'body.invalid': 'The request body could not be read (a broken form or file).',
  'route.not_found': 'There is no such API address.',
  'graphql.invalid': 'The GraphQL query is not valid.',
  'file.not_found': 'File not found.',
  'method.not_allowed': 'This API address does not accept the request method used.',
  internal:
    'Something went wrong on our side. Please try again later; if it keeps happening, give the request id to support.',
}

export const messages = { vi, en } as const
