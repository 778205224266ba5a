/**
 * Messages of our own in the admin and the API, in both languages (STYLE 10).
 * Payload reads them as `req.t('custom:key')`; the language is the user's or the request's.
 */
export const messages = {
  vi: {
    custom: {
      agencyOutsideTree: 'Bạn chỉ được tạo và sửa hồ sơ của cơ quan mình và các đơn vị trực thuộc.',
      publishReviewerOnly: 'Chỉ người duyệt mới được xuất bản. Hãy lưu bản nháp và gửi duyệt.',
      codeFormat: 'Mã thủ tục phải theo định dạng của CSDL quốc gia, ví dụ 1.001193.',
      codeImmutable: 'Không được đổi mã của thủ tục đã xuất bản.',
      feeNegative: 'Lệ phí không được âm (đơn vị: đồng).',
      timePositive: 'Thời hạn giải quyết phải lớn hơn 0.',
      formMissing: 'Biểu mẫu được chọn không tồn tại.',
      agencyRequired: 'Cán bộ (trừ quản trị viên) phải thuộc một cơ quan.',
      fileTypeRefused: 'Tệp không phải PDF, DOCX hoặc XLSX (kiểm tra theo nội dung tệp, không theo phần mở rộng).',
      videoSource: 'Cần tải lên tệp video hoặc nhập đường dẫn video.',
      captionsFormat: 'Phụ đề phải là WebVTT (bắt đầu bằng "WEBVTT").',
      agencyParentCycle: 'Cơ quan cấp trên không hợp lệ: tạo thành vòng lặp.',
      internalError:
        'Hệ thống đang gặp sự cố. Vui lòng thử lại sau; nếu lỗi lặp lại, hãy báo mã yêu cầu cho bộ phận hỗ trợ.',
    },
  },
  en: {
    custom: {
      agencyOutsideTree: 'You may only create and edit records of your own agency and the units below it.',
      publishReviewerOnly: 'Only a reviewer may publish. Save a draft and send it for review.',
      codeFormat: 'The procedure code must follow the national database format, for example 1.001193.',
      codeImmutable: 'The code of a published procedure cannot change.',
      feeNegative: 'A fee cannot be negative (amount in VND).',
      timePositive: 'The processing time must be greater than 0.',
      formMissing: 'The selected form does not exist.',
      agencyRequired: 'Staff other than administrators must belong to an agency.',
      fileTypeRefused: 'The file is not a PDF, DOCX or XLSX (checked by its content, not its extension).',
      videoSource: 'Upload a video file or enter a video URL.',
      captionsFormat: 'Captions must be WebVTT (starting with "WEBVTT").',
      agencyParentCycle: 'Invalid parent agency: it would create a loop.',
      internalError:
        'Something went wrong on our side. Please try again later; if it keeps happening, give the request id to support.',
    },
  },
} as const

export type MessageKey = keyof (typeof messages)['vi']['custom']
