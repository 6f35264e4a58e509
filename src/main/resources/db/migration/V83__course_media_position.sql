-- Where she stopped in a lesson's recording, in whole seconds, so that coming back resumes there.
alter table course_last_opened add column position_seconds integer not null default 0 check (position_seconds >= 0);
