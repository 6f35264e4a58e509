-- Session rows written before sessions were trimmed to her id and authorities held her display name, her IP
-- address and a copy of her password hash. They are deleted rather than left to expire: everyone signs in
-- once more, and no such row outlives this release. (Account range; spring_session is the account module's.)
delete from spring_session;
