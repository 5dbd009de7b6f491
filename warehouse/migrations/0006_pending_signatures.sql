-- MinHash signatures made with each article's extraction (in whichever worker process
-- extracted it), loaded in the same transaction as the article. Linking copies takes
-- them from here instead of computing them again in the single writer, and moves them
-- to syn_signatures; NULL: the text is too short for a signature.

CREATE TABLE syn_pending (
    article_id VARCHAR PRIMARY KEY,
    minhash    BLOB
);
