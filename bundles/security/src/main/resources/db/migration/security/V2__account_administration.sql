-- Accounts managed by an IT admin: the organisation a partner's user works for, and what an IT
-- admin needs to see about an account (when it last logged in, when its password was last set).
ALTER TABLE account
    ADD COLUMN organisation        varchar(200),
    ADD COLUMN last_login_at       timestamp(6) with time zone,
    ADD COLUMN password_changed_at timestamp(6) with time zone;
