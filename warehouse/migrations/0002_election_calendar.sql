-- The stages of the 2024 elections, so any dated count can be read by stage.
-- Dates are calendar days in WIB, both ends included (KPU schedules: PKPU 3/2022 for
-- Pemilu 2024, PKPU 2/2024 for Pilkada 2024). A later election gets its rows in a
-- new migration; these rows are never edited.

CREATE TABLE election_stages (
    election   VARCHAR NOT NULL,            -- the key used in articles.election
    stage      VARCHAR NOT NULL,            -- campaign | quiet_period | voting_day
    starts_on  DATE NOT NULL,
    ends_on    DATE NOT NULL,
    label_id   VARCHAR NOT NULL,            -- how the digest names it in Bahasa Indonesia
    label_en   VARCHAR NOT NULL,
    PRIMARY KEY (election, stage),
    CHECK (starts_on <= ends_on)
);

INSERT INTO election_stages VALUES
    ('pemilu-2024',  'campaign',     DATE '2023-11-28', DATE '2024-02-10', 'Masa kampanye Pemilu 2024',      'Pemilu 2024 campaign'),
    ('pemilu-2024',  'quiet_period', DATE '2024-02-11', DATE '2024-02-13', 'Masa tenang Pemilu 2024',        'Pemilu 2024 quiet period'),
    ('pemilu-2024',  'voting_day',   DATE '2024-02-14', DATE '2024-02-14', 'Hari pemungutan suara Pemilu 2024', 'Pemilu 2024 voting day'),
    ('pilkada-2024', 'campaign',     DATE '2024-09-25', DATE '2024-11-23', 'Masa kampanye Pilkada 2024',     'Pilkada 2024 campaign'),
    ('pilkada-2024', 'quiet_period', DATE '2024-11-24', DATE '2024-11-26', 'Masa tenang Pilkada 2024',       'Pilkada 2024 quiet period'),
    ('pilkada-2024', 'voting_day',   DATE '2024-11-27', DATE '2024-11-27', 'Hari pemungutan suara Pilkada 2024', 'Pilkada 2024 voting day');
