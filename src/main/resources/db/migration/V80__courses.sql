-- Courses, their modules and lessons, as loaded from content/courses/ (by content hash). Course range: V80–V89.
-- Nothing here belongs to a member: progress, grants and reflections come in their own tables.
create table course_course (
    slug             text    primary key,
    title_en         text    not null,
    title_sv         text    not null,
    summary_en       text    not null,
    summary_sv       text    not null,
    recommended_quiz text,
    minutes          integer not null
);

create table course_module (
    course_slug text    not null,
    number      integer not null,
    title_en    text    not null,
    title_sv    text    not null,
    primary key (course_slug, number)
);

create table course_lesson (
    course_slug     text    not null,
    lesson_id       text    not null,
    language        text    not null check (language in ('en', 'sv')),
    title           text    not null,
    module_number   integer not null,
    position        integer not null,
    format          text    not null check (format in ('text', 'audio', 'video')),
    minutes         integer not null check (minutes > 0),
    free_preview    boolean not null,
    content_note    text,
    practice_title  text,
    practice_html   text,
    reflection      text,
    quizzes         text[]  not null default '{}',
    articles        text[]  not null default '{}',
    lessons         text[]  not null default '{}',
    citation_keys   text[]  not null default '{}',
    citation_texts  text[]  not null default '{}',
    body_html       text    not null,
    primary key (course_slug, lesson_id, language)
);
