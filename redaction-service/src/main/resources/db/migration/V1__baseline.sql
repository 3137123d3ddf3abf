-- Baseline of redaction-service's own database. Feature tables arrive in later migrations.
create table service_info (
    name       text primary key,
    created_at timestamptz not null default now()
);
insert into service_info (name) values ('redaction-service');
