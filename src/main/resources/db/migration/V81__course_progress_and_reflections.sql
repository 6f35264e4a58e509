-- What a member does in a course: the lessons she marked done, the one she opened last, and her private
-- reflections, sealed by the vault under her id (a dump holds none of their text). Every row carries her id, so
-- export and erasure find all of it.
create table course_progress (
    member_id   uuid        not null,
    course_slug text        not null,
    lesson_id   text        not null,
    done_at     timestamptz not null,
    primary key (member_id, course_slug, lesson_id)
);

create table course_last_opened (
    member_id   uuid        not null,
    course_slug text        not null,
    lesson_id   text        not null,
    opened_at   timestamptz not null,
    primary key (member_id, course_slug)
);

create table course_reflection (
    member_id   uuid        not null,
    course_slug text        not null,
    lesson_id   text        not null,
    sealed      bytea       not null,
    updated_at  timestamptz not null,
    primary key (member_id, course_slug, lesson_id)
);
