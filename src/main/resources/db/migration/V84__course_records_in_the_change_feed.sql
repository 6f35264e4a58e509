-- Each node keeps a member's own course rows in memory (CourseRecords): a write of them by any node is noted in the
-- site's change feed (as a digest of her id) so that every node forgets its copy.
create function course_member_changed() returns trigger language plpgsql as
$$
begin
    if tg_op = 'DELETE' then
        perform site_note_change('course-member', old.member_id::text);
    else
        perform site_note_change('course-member', new.member_id::text);
    end if;
    return null;
end
$$;

create trigger course_progress_changed after insert or update or delete on course_progress
    for each row execute function course_member_changed();
create trigger course_saved_changed after insert or update or delete on course_saved
    for each row execute function course_member_changed();
create trigger course_last_opened_changed after insert or update or delete on course_last_opened
    for each row execute function course_member_changed();
create trigger course_reflection_changed after insert or update or delete on course_reflection
    for each row execute function course_member_changed();
