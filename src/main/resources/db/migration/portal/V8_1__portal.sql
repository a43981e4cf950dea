-- Who may follow a complaint made online: the email and phone given on the form, for the
-- resident and for anyone acting for them (3.6). The resident's own record is checked too.
CREATE TABLE portal_contact (
    reference   VARCHAR(32)  NOT NULL,
    email       VARCHAR(320),
    phone       VARCHAR(40),
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX portal_contact_reference ON portal_contact (reference);

-- One-time codes sent to sign in to follow a complaint: only a hash is kept; each expires, is
-- used once and allows a few attempts.
CREATE TABLE portal_code (
    id          UUID         NOT NULL PRIMARY KEY,
    reference   VARCHAR(32)  NOT NULL,
    code_hash   VARCHAR(64)  NOT NULL,
    sent_to     VARCHAR(320) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts    INTEGER      NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE
);
