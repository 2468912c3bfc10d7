-- An UPDATE that reads the row (its WHERE names columns) must leave a row the updater can still
-- select. Claiming sets claimed_at, which hid the invitation from its claimer under V13's policy,
-- so every claim was refused. The claimer also sees an invitation that led to their own pair: the
-- realtor's invitation of their phone, nothing they could not know already.
alter policy client_invitations_select on client_invitations
    using (realtor_id = (select auth.uid())
           or (claimed_at is null and phone in (select auth.my_phones()))
           or exists (select 1 from realtor_clients rc
                       where rc.id = client_invitations.realtor_client_id
                         and rc.client_id = (select auth.uid()))
           or (select auth.is_admin()));
