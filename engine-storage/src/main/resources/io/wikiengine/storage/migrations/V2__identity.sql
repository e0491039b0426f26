-- One-time user keys (spec R-5.3.5): login continuations, password resets, email verifications.
-- A key goes with its user.
CREATE TABLE wiki_user_keys (
    token      VARCHAR(64) NOT NULL,
    kind       VARCHAR(32) NOT NULL,
    user_id    INTEGER NOT NULL REFERENCES wiki_users (id) ON DELETE CASCADE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_user_keys PRIMARY KEY (token)
);

CREATE INDEX ix_user_keys_user ON wiki_user_keys (user_id);

CREATE INDEX ix_user_keys_expires ON wiki_user_keys (expires_at);
