-- The last tick each scheduled job was claimed for (platform SchedulerTicks): with several replicas, the first one
-- whose timer fires in a tick runs the job, the others skip it. A tick is epoch milliseconds / the job's interval.
create table scheduler_tick (
    job        varchar(64) primary key,
    tick       bigint      not null,
    claimed_at timestamptz not null
);
