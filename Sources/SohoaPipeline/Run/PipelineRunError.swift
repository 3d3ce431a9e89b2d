public import SohoaStore

/// Why a run could not go on, mapped by the command line to the contract's exit codes
/// (1 configuration, 3 workspace or store).
public enum PipelineRunError: Error, Sendable, CustomStringConvertible {
    /// The batch, a flag or the pipelines cannot be used as given.
    case configuration(String)
    /// The workspace store failed.
    case store(StoreError)

    public var description: String {
        switch self {
        case .configuration(let message): message
        case .store(let error): error.description
        }
    }
}
