-- A card's place in its column (V17) is how the board is laid out, not the deal: moving a card up
-- or down, or renumbering a column whose midpoints grew long, changes no fact of the deal, so it
-- no longer counts as the deal's last change. Any other column changed still does.
drop trigger deals_set_updated_at on deals;

create trigger deals_set_updated_at before update on deals
    for each row
    when ((to_jsonb(old) - 'position' - 'updated_at') is distinct from (to_jsonb(new) - 'position' - 'updated_at'))
    execute function set_updated_at();
