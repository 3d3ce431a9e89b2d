import SohoaCore
import SohoaStore

/// Review reasons in the reviewers' words.
enum ReasonLabels {
    static func label(_ reason: ReviewReason) -> String {
        switch reason {
        case .blur: "ảnh nhòe"
        case .smudge: "nhòe mực"
        case .faded: "mực phai"
        case .stain: "vết ố"
        case .torn: "rách"
        case .writingMayBeLost: "chữ có thể bị mất"
        case .writingPastRulings: "chữ tràn ra ngoài ô"
        case .lowResolution: "ảnh quét độ phân giải thấp"
        case .lowConfidence: "máy đọc không chắc"
        case .ambiguousDiacritic: "dấu thanh không chắc"
        case .unread: "máy không đọc được"
        case .lineCount: "số dòng không đúng"
        case .invalidDate: "ngày không hợp lệ"
        case .invalidYear: "năm không hợp lệ"
        case .invalidSex: "giới tính không hợp lệ"
        case .invalidNumber: "số không hợp lệ"
        case .invalidTime: "giờ không hợp lệ"
        case .unknownPlace: "địa danh không có trong danh mục"
        case .unknownName: "tên không có trong danh mục"
        case .unknownEthnic: "dân tộc không có trong danh mục"
        case .unknownNationality: "quốc tịch không có trong danh mục"
        case .unknownRelation: "quan hệ không có trong danh mục"
        case .missingValue: "ô trống"
        case .dateOrder: "thứ tự ngày không hợp lý"
        case .parentAge: "tuổi cha mẹ không hợp lý"
        case .registrationDateUnsure: "ngày đăng ký chưa chắc"
        case .recordDoubtful: "cả bản ghi khó đọc"
        case .rowMayBeBlank: "có phải bản ghi không? (dòng ít chữ)"
        case .sequenceGap: "số thứ tự bị nhảy"
        case .dateSequence: "ngày đăng ký không theo thứ tự"
        case .doubleEntryMismatch: "hai lần nhập khác nhau"
        case .layoutUncertain: "bố cục trang chưa chắc"
        case .splitUncertain: "tách trang chưa chắc"
        case .orientationUncertain: "hướng trang chưa chắc"
        case .skewUncertain: "độ nghiêng chưa chắc"
        case .gridUncertain: "lưới kẻ chưa chắc"
        case .rowMismatch: "dòng hai trang không khớp"
        case .pageMissing: "thiếu trang"
        case .pairingUncertain: "ghép trang chưa chắc"
        }
    }

    static func label(_ role: ReviewerRole) -> String {
        switch role {
        case .reviewer: "người duyệt"
        case .supervisor: "giám sát"
        case .admin: "quản trị"
        }
    }

    static func label(_ action: ReviewAction) -> String {
        switch action {
        case .confirm: "xác nhận"
        case .correct: "đính chính"
        case .illegible: "không đọc được"
        case .notARecord: "không phải bản ghi"
        case .skip: "bỏ qua"
        }
    }

    static func label(_ mode: ReviewMode) -> String {
        switch mode {
        case .field: "từng trường"
        case .record: "theo bản ghi"
        case .group: "theo nhóm"
        }
    }

    static func label(_ status: FieldStatus) -> String {
        switch status {
        case .accepted: "máy đọc chắc chắn"
        case .review: "chờ người khác"
        case .confirmed: "đã xác nhận"
        case .corrected: "đã đính chính"
        case .illegible: "không đọc được"
        case .notARecord: "không phải bản ghi"
        }
    }
}
