#include "store/Schema.h"

namespace pbvote::store {

// Secrecy: tables holding anything about a ballot or a spent code are WITHOUT ROWID
// and keyed by random values (ballot id, code hash), so neither their rows nor their
// B-tree order carry the order in which ballots were cast; no per-ballot timestamp or
// sequence number exists anywhere.
const std::vector<QStringList> &schemaMigrations()
{
    static const std::vector<QStringList> steps = {
        // Schema 1
        {
            QStringLiteral("CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TABLE rounds(id INTEGER PRIMARY KEY, election_id BLOB NOT NULL UNIQUE, "
                "name TEXT NOT NULL, currency TEXT NOT NULL, budget INTEGER NOT NULL CHECK(budget >= 0), "
                "rules TEXT NOT NULL, state TEXT NOT NULL CHECK(state IN ('draft','open','suspended','closed','tallied')), "
                "election_key TEXT, authority_key TEXT, manifest BLOB, manifest_signature BLOB)"),
            QStringLiteral(
                "CREATE TABLE districts(round_id INTEGER NOT NULL REFERENCES rounds(id), id TEXT NOT NULL, "
                "name TEXT NOT NULL, budget INTEGER NOT NULL CHECK(budget >= 0), PRIMARY KEY(round_id, id)) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TABLE projects(round_id INTEGER NOT NULL REFERENCES rounds(id), position INTEGER NOT NULL, "
                "id TEXT NOT NULL, title TEXT NOT NULL, description TEXT NOT NULL DEFAULT '', "
                "cost INTEGER NOT NULL CHECK(cost > 0), category TEXT NOT NULL DEFAULT '', "
                "district TEXT NOT NULL DEFAULT '', PRIMARY KEY(round_id, position), UNIQUE(round_id, id)) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TABLE keys(kind TEXT NOT NULL CHECK(kind IN ('authority','election','kiosk')), "
                "name TEXT NOT NULL, public_key BLOB NOT NULL, secret BLOB NOT NULL, PRIMARY KEY(kind, name)) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TABLE round_kiosks(round_id INTEGER NOT NULL REFERENCES rounds(id), kiosk_id TEXT NOT NULL, "
                "public_key BLOB NOT NULL, PRIMARY KEY(round_id, kiosk_id)) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TABLE access_codes(round_id INTEGER NOT NULL REFERENCES rounds(id), code_hash BLOB NOT NULL, "
                "PRIMARY KEY(round_id, code_hash)) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TABLE spent_codes(round_id INTEGER NOT NULL, code_hash BLOB NOT NULL, kiosk_id TEXT NOT NULL, "
                "batch INTEGER NOT NULL, PRIMARY KEY(round_id, code_hash), "
                "FOREIGN KEY(round_id, code_hash) REFERENCES access_codes(round_id, code_hash)) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TABLE ballots(round_id INTEGER NOT NULL REFERENCES rounds(id), ballot_id BLOB NOT NULL, "
                "kiosk_id TEXT NOT NULL, batch INTEGER NOT NULL, envelope BLOB NOT NULL, signature BLOB NOT NULL, "
                "PRIMARY KEY(round_id, ballot_id)) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TABLE kiosk_batches(round_id INTEGER NOT NULL REFERENCES rounds(id), kiosk_id TEXT NOT NULL, "
                "batch INTEGER NOT NULL, previous_checkpoint BLOB NOT NULL, PRIMARY KEY(round_id, kiosk_id)) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TABLE checkpoints(round_id INTEGER NOT NULL REFERENCES rounds(id), kiosk_id TEXT NOT NULL, "
                "batch INTEGER NOT NULL, body BLOB NOT NULL, signature BLOB NOT NULL, witness TEXT NOT NULL, "
                "PRIMARY KEY(round_id, kiosk_id, batch)) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TABLE events(round_id INTEGER NOT NULL REFERENCES rounds(id), seq INTEGER NOT NULL, "
                "body BLOB NOT NULL, hash BLOB NOT NULL, PRIMARY KEY(round_id, seq)) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TABLE results(round_id INTEGER NOT NULL REFERENCES rounds(id), rule TEXT NOT NULL, "
                "result BLOB NOT NULL, signature BLOB NOT NULL, PRIMARY KEY(round_id, rule)) WITHOUT ROWID"),
        },
        // Schema 2: rounds imported from published data (Pabulib) for analysis. Their
        // votes are public already, so they are kept as plain choices, apart from the
        // sealed ballots of rounds voted with pbvote.
        {
            QStringLiteral("ALTER TABLE rounds ADD COLUMN source TEXT"),
            QStringLiteral(
                "CREATE TABLE imported_ballots(round_id INTEGER NOT NULL REFERENCES rounds(id), "
                "voter INTEGER NOT NULL, choices BLOB NOT NULL, PRIMARY KEY(round_id, voter)) WITHOUT ROWID"),
        },
        // Schema 3: the processes that have the store open, so that the next start after a
        // crash can log a RECOVERY event in every round that was open.
        {
            QStringLiteral("CREATE TABLE sessions(token BLOB PRIMARY KEY, pid INTEGER NOT NULL, "
                           "started INTEGER NOT NULL) WITHOUT ROWID"),
        },
        // Schema 4: a picture per project for the kiosk's cards (PNG or JPEG bytes, kept
        // in the database so an offline kiosk has them).
        {
            QStringLiteral("CREATE TABLE project_images(round_id INTEGER NOT NULL REFERENCES rounds(id), "
                           "project_id TEXT NOT NULL, media_type TEXT NOT NULL, data BLOB NOT NULL, "
                           "PRIMARY KEY(round_id, project_id)) WITHOUT ROWID"),
        },
        // Schema 5: what organizers manage in the console: a round's categories, planned
        // voting period, the tally rule chosen before opening and publication; projects
        // vetted off the ballot; translations of project texts for the kiosk; kiosks'
        // names, locations and revocation; access codes in batches (optionally for one
        // district) that can be voided. Codes issued before are batch 0.
        {
            QStringLiteral("ALTER TABLE rounds ADD COLUMN categories TEXT NOT NULL DEFAULT '[]'"),
            QStringLiteral("ALTER TABLE rounds ADD COLUMN voting_opens TEXT"),
            QStringLiteral("ALTER TABLE rounds ADD COLUMN voting_closes TEXT"),
            QStringLiteral("ALTER TABLE rounds ADD COLUMN tally_rule TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE rounds ADD COLUMN published INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE projects ADD COLUMN status TEXT NOT NULL DEFAULT 'ballot' "
                           "CHECK(status IN ('ballot','review','rejected','withdrawn'))"),
            QStringLiteral("CREATE TABLE project_translations(round_id INTEGER NOT NULL REFERENCES rounds(id), "
                           "project_id TEXT NOT NULL, language TEXT NOT NULL, title TEXT NOT NULL, "
                           "description TEXT NOT NULL DEFAULT '', PRIMARY KEY(round_id, project_id, language)) "
                           "WITHOUT ROWID"),
            QStringLiteral("ALTER TABLE round_kiosks ADD COLUMN name TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE round_kiosks ADD COLUMN location TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE round_kiosks ADD COLUMN revoked INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE access_codes ADD COLUMN batch INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE TABLE code_batches(round_id INTEGER NOT NULL REFERENCES rounds(id), "
                           "batch INTEGER NOT NULL, label TEXT NOT NULL DEFAULT '', district TEXT NOT NULL DEFAULT '', "
                           "voided INTEGER NOT NULL DEFAULT 0, PRIMARY KEY(round_id, batch)) WITHOUT ROWID"),
            QStringLiteral("INSERT INTO code_batches(round_id, batch) SELECT DISTINCT round_id, 0 FROM access_codes"),
        },
        // Schema 6: with each count, the authority's signed tally statement (what the count
        // covered: issued codes, revoked kiosks, the opened ballots, the log) and the opened
        // ballots themselves (choices only, sorted, no ballot ids) for publication.
        {
            QStringLiteral("ALTER TABLE results ADD COLUMN statement BLOB"),
            QStringLiteral("ALTER TABLE results ADD COLUMN statement_signature BLOB"),
            QStringLiteral("ALTER TABLE results ADD COLUMN opened_ballots BLOB"),
        },
    };
    return steps;
}

} // namespace pbvote::store
