-- A history store of schema version 1 as checker 0.1.0 made it before Alembic (SQLite, dumped from
-- sqlite_master of a store written at 9e7df66): tests/test_store.py upgrades it.
CREATE TABLE store_meta (
    "key" VARCHAR(64) NOT NULL, 
    value TEXT NOT NULL, 
    PRIMARY KEY ("key")
);
CREATE TABLE rounds (
    id INTEGER NOT NULL, 
    name VARCHAR(200) NOT NULL, 
    created_at VARCHAR(32) NOT NULL, 
    checker_version VARCHAR(32) NOT NULL, 
    packs TEXT NOT NULL, 
    PRIMARY KEY (id), 
    CONSTRAINT rounds_name_unique UNIQUE (name)
);
CREATE TABLE submissions (
    id INTEGER NOT NULL, 
    round_id INTEGER NOT NULL, 
    entity_code VARCHAR(32) NOT NULL, 
    entity_name TEXT NOT NULL, 
    entity_level VARCHAR(16) NOT NULL, 
    entity_region VARCHAR(16), 
    period INTEGER NOT NULL, 
    file TEXT NOT NULL, 
    files TEXT NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(round_id) REFERENCES rounds (id) ON DELETE CASCADE
);
CREATE INDEX submissions_round ON submissions (round_id);
CREATE INDEX submissions_entity ON submissions (entity_code, period);
CREATE TABLE findings (
    id INTEGER NOT NULL, 
    round_id INTEGER NOT NULL, 
    entity_code VARCHAR(32) NOT NULL, 
    entity_name TEXT NOT NULL, 
    period INTEGER NOT NULL, 
    criterion_id VARCHAR(64) NOT NULL, 
    stage VARCHAR(32), 
    pack VARCHAR(64) NOT NULL, 
    status VARCHAR(16) NOT NULL, 
    severity VARCHAR(16) NOT NULL, 
    title_zh TEXT NOT NULL, 
    title_en TEXT NOT NULL, 
    message_zh TEXT NOT NULL, 
    message_en TEXT NOT NULL, 
    evidence TEXT NOT NULL, 
    waiver TEXT, 
    PRIMARY KEY (id), 
    FOREIGN KEY(round_id) REFERENCES rounds (id) ON DELETE CASCADE
);
CREATE INDEX findings_round ON findings (round_id);
CREATE TABLE facts (
    id INTEGER NOT NULL, 
    submission_id INTEGER NOT NULL, 
    indicator VARCHAR(100) NOT NULL, 
    stage VARCHAR(32), 
    period INTEGER NOT NULL, 
    scope TEXT, 
    value TEXT, 
    value_number FLOAT, 
    unit VARCHAR(16), 
    value_as_written TEXT, 
    unit_as_written TEXT, 
    document TEXT, 
    locator TEXT, 
    quote TEXT, 
    location TEXT NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(submission_id) REFERENCES submissions (id) ON DELETE CASCADE
);
CREATE INDEX facts_submission ON facts (submission_id);
