import Foundation
import Synchronization

/// Runs jobs on `workers` dedicated threads (not Swift concurrency's cooperative pool: C calls such as decoding
/// and OCR block for seconds). Each thread takes the next job until none is left or a job fails; the first failure
/// stops the handing out of jobs and is returned.
public enum WorkerPool {
    public static func run<Job: Sendable, Failure: Error>(
        _ jobs: [Job], workers: Int, perform: @escaping @Sendable (Job) throws(Failure) -> Void
    ) -> Failure? {
        run(jobs, workers: workers, makeWorker: { () throws(Failure) in () }, perform: { (_: inout Void, job) throws(Failure) in
            try perform(job)
        })
    }

    /// Like `run(_:workers:perform:)`, each thread first making its own worker state (a Tesseract engine, say),
    /// which lives on that thread only and is handed to every job it runs.
    public static func run<Job: Sendable, Worker: ~Copyable, Failure: Error>(
        _ jobs: [Job], workers: Int, makeWorker: @escaping @Sendable () throws(Failure) -> Worker,
        perform: @escaping @Sendable (inout Worker, Job) throws(Failure) -> Void
    ) -> Failure? {
        guard !jobs.isEmpty else { return nil }
        let queue = JobQueue<Job, Failure>(jobs)
        let done = DispatchGroup()
        for worker in 0..<max(1, min(workers, jobs.count)) {
            done.enter()
            let thread = Thread {
                defer { done.leave() }
                guard queue.failure == nil else { return }
                var state: Worker
                do throws(Failure) { state = try makeWorker() } catch {
                    queue.fail(error)
                    return
                }
                while let job = queue.take() {
                    do throws(Failure) { try perform(&state, job) } catch { queue.fail(error) }
                }
            }
            thread.name = "sohoa-worker-\(worker)"
            thread.stackSize = 16 << 20
            thread.start()
        }
        done.wait()
        return queue.failure
    }

    /// The jobs the threads share, handed out once each until the first failure.
    private final class JobQueue<Job: Sendable, Failure: Error>: Sendable {
        private let jobs: [Job]
        private let state = Mutex<(next: Int, failure: Failure?)>((0, nil))

        init(_ jobs: [Job]) { self.jobs = jobs }

        func take() -> Job? {
            state.withLock { state in
                guard state.failure == nil, state.next < jobs.count else { return nil }
                defer { state.next += 1 }
                return jobs[state.next]
            }
        }

        func fail(_ error: Failure) { state.withLock { $0.failure = $0.failure ?? error } }

        var failure: Failure? { state.withLock { $0.failure } }
    }
}
