-- What an operator provides for Foyer on their own PostgreSQL (15 or newer): an owner that runs
-- the migrations and owns the tables, and an application role that owns nothing, is not a
-- superuser and has no BYPASSRLS, so that row-level security holds for every query it makes.
create role foyer_owner login password 'foyer_owner_password';
create role foyer_app login password 'foyer_app_password' nosuperuser nocreatedb nocreaterole nobypassrls;
create database foyer owner foyer_owner;
