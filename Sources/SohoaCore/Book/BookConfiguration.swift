/// The book-level facts of one register book, as its `book.yaml` gives them (SPEC.md).
public struct BookConfiguration: Sendable, Equatable, Codable {
    /// The pipeline file that describes this book series (`pipelines/<name>.yaml`).
    public var pipeline: String
    /// The registering authority, written into every record (`noiDangKy`).
    public var noiDangKy: String
    /// The book number, `NN/YYYY` (`quyenSo`).
    public var quyenSo: String
    /// The year the book was opened (`namMoSo`).
    public var namMoSo: Int

    public init(pipeline: String, noiDangKy: String, quyenSo: String, namMoSo: Int) {
        self.pipeline = pipeline
        self.noiDangKy = noiDangKy
        self.quyenSo = quyenSo
        self.namMoSo = namMoSo
    }

    /// The keys a `book.yaml` may hold; any other key is a typo worth an error.
    public static let keys: [String] = ["pipeline", "noiDangKy", "quyenSo", "namMoSo"]
}
