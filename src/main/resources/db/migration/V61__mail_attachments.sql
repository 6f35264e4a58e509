-- A letter may carry one small text file, such as a calendar invitation (.ics). Like the values it may hold a link
-- with a token, so it goes with the row once sent and is wiped when the letter is given up on.
alter table mail_queue add column attachment_name text;
alter table mail_queue add column attachment_type text;
alter table mail_queue add column attachment_text text;
