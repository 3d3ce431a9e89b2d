import Crypto
public import Foundation
import GRDB
public import SohoaCore

/// Reviewers' accounts, failed logins and sessions. Passwords arrive hashed (bcrypt, by the caller); session tokens
/// are kept only as their SHA-256, so that a copy of the database opens no session.
extension SohoaStore {
    /// Adds an account; false when the name is taken.
    public func addReviewer(name: String, role: ReviewerRole, passwordHash: String, now: Date = Date()) throws(StoreError) -> Bool {
        try write { db in
            guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM user WHERE name = ?", arguments: [name]) == 0 else { return false }
            try db.execute(
                sql: "INSERT INTO user (name, role, passwordHash, createdAt) VALUES (?, ?, ?, ?)",
                arguments: [name, role.rawValue, passwordHash, now])
            try Self.audit(db, at: now, actor: "sohoa review user add", action: "add-user", subject: "user",
                           subjectId: db.lastInsertedRowID, old: nil, new: "\(name) (\(role.rawValue))")
            return true
        }
    }

    public func reviewer(named name: String) throws(StoreError) -> Reviewer? {
        try read { db in try Row.fetchOne(db, sql: "SELECT * FROM user WHERE name = ?", arguments: [name]).map(Self.reviewer) }
    }

    /// Counts a failed login; after `limit` in a row the account is locked for `lockout`. Returns when it unlocks.
    public func loginFailed(
        _ reviewer: Reviewer, limit: Int = 5, lockout: TimeInterval = 15 * 60, now: Date = Date()
    ) throws(StoreError) -> Date? {
        try write { db in
            let failures = (try Int.fetchOne(db, sql: "SELECT failedLogins FROM user WHERE id = ?", arguments: [reviewer.id]) ?? 0) + 1
            let lockedUntil = failures >= limit ? now.addingTimeInterval(lockout) : nil
            try db.execute(
                sql: "UPDATE user SET failedLogins = ?, lockedUntil = ? WHERE id = ?",
                arguments: [lockedUntil == nil ? failures : 0, lockedUntil, reviewer.id])
            try Self.audit(db, at: now, actor: reviewer.name, action: lockedUntil == nil ? "login-failed" : "locked-out",
                           subject: "user", subjectId: reviewer.id, old: nil, new: nil)
            return lockedUntil
        }
    }

    /// Opens a session for `reviewer` after a good password: clears the failures, returns the session token (for
    /// the cookie) and its CSRF token (for the forms).
    public func openSession(
        for reviewer: Reviewer, lifetime: TimeInterval = 12 * 3600, now: Date = Date()
    ) throws(StoreError) -> (token: String, csrf: String) {
        let token = Self.randomToken()
        let csrf = Self.randomToken()
        try write { db in
            try db.execute(sql: "UPDATE user SET failedLogins = 0, lockedUntil = NULL WHERE id = ?", arguments: [reviewer.id])
            try db.execute(sql: "DELETE FROM session WHERE expiresAt < ?", arguments: [now])
            try db.execute(
                sql: "INSERT INTO session (tokenHash, userId, csrfToken, createdAt, expiresAt) VALUES (?, ?, ?, ?, ?)",
                arguments: [Self.digest(token), reviewer.id, csrf, now, now.addingTimeInterval(lifetime)])
            try Self.audit(db, at: now, actor: reviewer.name, action: "login", subject: "user", subjectId: reviewer.id, old: nil, new: nil)
        }
        return (token, csrf)
    }

    /// The reviewer and CSRF token of a live session.
    public func session(token: String, now: Date = Date()) throws(StoreError) -> (reviewer: Reviewer, csrf: String)? {
        try read { db in
            guard let row = try Row.fetchOne(
                db,
                sql: "SELECT u.*, s.csrfToken FROM session s JOIN user u ON s.userId = u.id WHERE s.tokenHash = ? AND s.expiresAt > ?",
                arguments: [Self.digest(token), now])
            else { return nil }
            return (Self.reviewer(row), row["csrfToken"])
        }
    }

    public func closeSession(token: String) throws(StoreError) {
        try write { db in try db.execute(sql: "DELETE FROM session WHERE tokenHash = ?", arguments: [Self.digest(token)]) }
    }

    static func reviewer(_ row: Row) -> Reviewer {
        Reviewer(
            id: row["id"], name: row["name"], role: ReviewerRole(rawValue: row["role"]) ?? .reviewer,
            passwordHash: row["passwordHash"], failedLogins: row["failedLogins"], lockedUntil: row["lockedUntil"])
    }

    /// Appends a row to the audit trail.
    static func audit(
        _ db: Database, at: Date, actor: String, action: String, subject: String, subjectId: Int64?, old: String?, new: String?
    ) throws {
        try db.execute(
            sql: "INSERT INTO auditEntry (at, actor, action, subject, subjectId, oldValue, newValue) VALUES (?, ?, ?, ?, ?, ?, ?)",
            arguments: [at, actor, action, subject, subjectId, old, new])
    }

    private static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }

    private static func digest(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
