/// One cell of a record as routing sees it: the pipeline column it belongs to, what was found in it, and what is
/// wrong with its page as a whole (a split that may be off, a missing partner page, …).
public struct RecordCell: Sendable, Equatable {
    public var column: PipelineColumn
    public var evidence: CellEvidence
    public var pageReasons: [ReviewReason]

    public init(column: PipelineColumn, evidence: CellEvidence, pageReasons: [ReviewReason] = []) {
        self.column = column
        self.evidence = evidence
        self.pageReasons = pageReasons
    }
}
