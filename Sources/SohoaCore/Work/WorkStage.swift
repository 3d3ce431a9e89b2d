/// A stage of `run` that works item by item (a file, a frame, an opening), each attempt at an item marked in progress
/// before it starts so that one that dies with the process is known at the next run.
public enum WorkStage: String, Sendable, Codable, CaseIterable {
    case ingest, prepare, recognize
}
