import GRDB

/// The workspace schema, as named migrations that are never edited once shipped: a change is a new migration.
enum StoreMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: books, scans, pages, records, review") { db in
            try createIngestTables(db)
            try createRecognitionTables(db)
            try createReviewTables(db)
        }
        migrator.registerMigration("v2: prepared frames and pages") { db in
            try db.alter(table: "frame") { t in
                t.add(column: "analysis", .jsonText)
                t.add(column: "preparedAt", .datetime)
            }
            try db.alter(table: "page") { t in
                t.add(column: "sequence", .integer)
                t.add(column: "pageNumberConfidence", .double)
                t.add(column: "deliveryPath", .text)
                t.add(column: "quality", .jsonText)
                t.add(column: "reasons", .jsonText)
            }
            try db.alter(table: "opening") { t in
                t.add(column: "problem", .text)
            }
        }
        migrator.registerMigration("v3: read openings, fields with their cell and evidence") { db in
            try db.alter(table: "opening") { t in
                t.add(column: "layout", .jsonText)
                t.add(column: "readAt", .datetime)
            }
            try db.alter(table: "field") { t in
                t.add(column: "side", .text)
                t.add(column: "evidence", .jsonText)
            }
        }
        migrator.registerMigration("v4: sessions, claims, review stages") { db in
            try db.create(table: "session") { t in
                t.primaryKey("tokenHash", .text)
                t.belongsTo("user", onDelete: .cascade).notNull()
                t.column("csrfToken", .text).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("expiresAt", .datetime).notNull()
            }
            try db.create(table: "claim") { t in
                t.primaryKey("fieldId", .integer).references("field", onDelete: .cascade)
                t.belongsTo("user", onDelete: .cascade).notNull()
                t.column("expiresAt", .datetime).notNull()
                // A skip is a claim the skipper holds against themselves: others may take the field at once.
                t.column("skipped", .boolean).notNull().defaults(to: false)
            }
            try db.alter(table: "reviewDecision") { t in
                t.add(column: "stage", .text)
                t.add(column: "oldValue", .text)
            }
            try db.alter(table: "field") { t in
                t.add(column: "reviewStage", .text)
            }
        }
        migrator.registerMigration("v5: attempts at work items") { db in
            try db.create(table: "attempt") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("stage", .text).notNull()
                // The item within its stage: a frame's or an opening's id, a file's book and content hash.
                t.column("subject", .text).notNull()
                t.belongsTo("run").notNull()
                // What the item is, for `status` and for setting it aside.
                t.column("bookId", .text).notNull()
                t.column("file", .text)
                t.column("frameIndex", .integer)
                t.column("sha256", .text)
                t.column("byteCount", .integer)
                t.column("startedAt", .datetime).notNull()
                // Null while its run may still finish it; `crashed` or `interrupted` once its run is known dead.
                t.column("death", .text)
                t.column("signal", .integer)
                t.uniqueKey(["stage", "subject", "runId"])
            }
        }
        migrator.registerMigration("v6: a field's candidate values") { db in
            try db.alter(table: "field") { t in
                // `[{"value": …, "p": …}]`, most probable first; null for a field with none.
                t.add(column: "candidates", .jsonText)
            }
        }
        migrator.registerMigration("v7: how long a decision's screen was open, and in which mode") { db in
            try db.alter(table: "claim") { t in
                // When the screen holding the claim was last served.
                t.add(column: "claimedAt", .datetime)
            }
            try db.alter(table: "reviewDecision") { t in
                // `field` or `record`: the kind of screen the decision was taken on.
                t.add(column: "mode", .text)
                // Seconds from serving the screen to posting it, shared equally among the decisions posted together.
                t.add(column: "seconds", .double)
            }
        }
        migrator.registerMigration("v8: group confirmation grids and their check crops") { db in
            try db.create(table: "reviewGroup") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("user", onDelete: .cascade).notNull()
                // The export column and the value every crop of the grid is proposed to hold (as the sheet has it).
                t.column("name", .text).notNull()
                t.column("value", .text).notNull()
                t.column("servedAt", .datetime).notNull()
                t.column("expiresAt", .datetime).notNull()
                // `open`, `confirmed`, `refused` (a check crop was left untoggled) or `given back`.
                t.column("status", .text).notNull()
                t.column("missedChecks", .integer).notNull().defaults(to: 0)
            }
            try db.create(table: "reviewGroupCrop") { t in
                t.belongsTo("reviewGroup", onDelete: .cascade).notNull()
                // The crop's place in the grid: all the page knows of it.
                t.column("position", .integer).notNull()
                t.belongsTo("field", onDelete: .cascade).notNull()
                // A check crop shows an accepted field of another value, which the reviewer should toggle.
                t.column("isCheck", .boolean).notNull()
                // For a field of the grid: `confirmed`, or `odd` (toggled out, back to the queue and to no other grid).
                t.column("outcome", .text)
                t.primaryKey(["reviewGroupId", "position"])
            }
            try db.create(index: "reviewGroupCrop_field", on: "reviewGroupCrop", columns: ["fieldId", "outcome"])
        }
        migrator.registerMigration("v9: each field as its opening was read, which the book's steps start again from") { db in
            try db.alter(table: "field") { t in
                // The value, status, reasons and candidates the reader gave the field; the columns without the prefix
                // are what the book's steps (book values, the number sequence, registration date windows) made of
                // them, made again from these by every run, so that a run killed during them, or run twice, ends
                // as one clean run.
                t.add(column: "readValue", .text)
                t.add(column: "readStatus", .text)
                t.add(column: "readReasons", .jsonText)
                t.add(column: "readCandidates", .jsonText)
            }
            try db.execute(
                sql: "UPDATE field SET readValue = value, readStatus = status, readReasons = reasons, readCandidates = candidates")
        }
        return migrator
    }

    /// Runs, books, their scan files and the frames inside them.
    private static func createIngestTables(_ db: Database) throws {
        try db.create(table: "run") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("command", .text).notNull()
            t.column("batch", .text)
            t.column("jobs", .integer).notNull()
            t.column("pid", .integer).notNull()
            t.column("startedAt", .datetime).notNull()
            t.column("finishedAt", .datetime)
            t.column("exitCode", .integer)
        }
        try db.create(table: "book") { t in
            t.primaryKey("id", .text)
            t.column("folder", .text).notNull()
            t.column("pipeline", .text)
            t.column("noiDangKy", .text)
            t.column("quyenSo", .text)
            t.column("namMoSo", .integer)
            t.column("configurationError", .text)
            t.column("updatedAt", .datetime).notNull()
        }
        try db.create(table: "scanFile") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("book", onDelete: .cascade).notNull()
            t.column("path", .text).notNull()
            t.column("sha256", .text).notNull()
            t.column("byteCount", .integer).notNull()
            t.column("format", .text)
            t.column("status", .text).notNull()
            t.column("rejection", .text)
            t.column("rejectionDetail", .text)
            t.belongsTo("run")
            t.column("ingestedAt", .datetime).notNull()
            t.uniqueKey(["bookId", "path", "sha256"])
        }
        try db.create(table: "frame") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("scanFile", onDelete: .cascade).notNull()
            t.column("frameIndex", .integer).notNull()
            t.column("width", .integer)
            t.column("height", .integer)
            t.column("bitsPerSample", .integer)
            t.column("samplesPerPixel", .integer)
            t.column("hasColormap", .boolean)
            t.column("encoding", .text)
            t.column("dpi", .integer)
            t.column("dpiEstimated", .boolean)
            t.column("status", .text).notNull()
            t.column("rejection", .text)
            t.column("rejectionDetail", .text)
            t.uniqueKey(["scanFileId", "frameIndex"])
        }
    }

    /// Prepared pages, openings, records and their fields.
    private static func createRecognitionTables(_ db: Database) throws {
        try db.create(table: "page") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("frame", onDelete: .cascade).notNull()
            t.column("side", .text).notNull()
            t.column("pageNumber", .integer)
            t.column("imagePath", .text)
            t.column("preparation", .jsonText)
            t.uniqueKey(["frameId", "side"])
        }
        try db.create(table: "opening") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("book", onDelete: .cascade).notNull()
            t.column("sequence", .integer).notNull()
            t.belongsTo("leftPage", inTable: "page")
            t.belongsTo("rightPage", inTable: "page")
            t.column("status", .text).notNull()
            t.uniqueKey(["bookId", "sequence"])
        }
        try db.create(table: "record") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("opening", onDelete: .cascade).notNull()
            t.column("row", .integer).notNull()
            t.column("status", .text).notNull()
            t.uniqueKey(["openingId", "row"])
        }
        try db.create(table: "field") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("record", onDelete: .cascade).notNull()
            t.column("name", .text).notNull()
            t.column("text", .text).notNull()
            t.column("value", .text).notNull()
            t.column("status", .text).notNull().indexed()
            t.column("confidence", .double)
            t.column("reasons", .jsonText).notNull()
            t.column("box", .jsonText)
            t.uniqueKey(["recordId", "name"])
        }
    }

    /// People, their decisions, and the audit trail of every change.
    private static func createReviewTables(_ db: Database) throws {
        try db.create(table: "user") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("name", .text).notNull().unique()
            t.column("role", .text).notNull()
            t.column("passwordHash", .text).notNull()
            t.column("failedLogins", .integer).notNull().defaults(to: 0)
            t.column("lockedUntil", .datetime)
            t.column("createdAt", .datetime).notNull()
        }
        try db.create(table: "reviewDecision") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("field", onDelete: .cascade).notNull()
            t.belongsTo("user").notNull()
            t.column("action", .text).notNull()
            t.column("value", .text)
            t.column("decidedAt", .datetime).notNull()
        }
        try db.create(table: "auditEntry") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("at", .datetime).notNull()
            t.column("actor", .text).notNull()
            t.column("action", .text).notNull()
            t.column("subject", .text).notNull()
            t.column("subjectId", .integer)
            t.column("oldValue", .text)
            t.column("newValue", .text)
        }
    }
}
