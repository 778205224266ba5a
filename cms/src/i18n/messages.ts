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
  internal:
    'Something went wrong on our side. Please try again later; if it keeps happening, give the request id to support.',
}

export const messages = { vi, en } as const
