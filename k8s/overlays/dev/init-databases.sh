#!/bin/bash
# Runs once, when the data directory is first initialised: one role and one database per service,
# credentials from the services' own <service>-db Secrets (see postgresql.yaml).
set -euo pipefail
for service in consent redaction bot escalation; do
  user_var="${service^^}_DB_USERNAME"
  password_var="${service^^}_DB_PASSWORD"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v role="${!user_var}" -v password="${!password_var}" -v db="$service" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"db" OWNER :"role";
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
SQL
done
