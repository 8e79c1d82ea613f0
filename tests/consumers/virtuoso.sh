# Virtuoso (Debian virtuoso-opensource, installed by scripts/setup; this test installs
# nothing): a private server with its own database in the scratch directory, listening
# on free loopback ports only, is started in the background, bulk-loads each graph and
# answers the SPARQL questions of sparql_check.mjs over its HTTP endpoint. The server is
# always stopped at the end, whatever happened.
#
# Virtuoso 7's bulk loader has no JSON-LD parser (it reads .jsonld as Turtle), so it is
# given the RDF of the JSON-LD as jsonld.js, a JSON-LD processor, produces it.
source "$(dirname "$0")/../cli/lib.sh"
jaring=$1
root=$2
here=$root/tests/consumers
python=/usr/bin/python3  # not a pyenv python3 that may come first on PATH
for tool in virtuoso-t isql-vt curl; do
  command -v "$tool" > /dev/null || { fail "$tool missing: run scripts/setup (virtuoso-opensource, curl)"; finish; }
done
[ -d "$here/node_modules/jsonld" ] || { fail "npm packages missing: run scripts/setup"; finish; }
started=$SECONDS
cd "$root" || exit 1
source "$here/graphs.sh"

db=$scratch/virtuoso
mkdir -p "$db/load"
free_port() { "$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
sql_port=$(free_port)
http_port=$(free_port)
while [ "$http_port" = "$sql_port" ]; do http_port=$(free_port); done
cat > "$db/virtuoso.ini" <<EOF
[Database]
DatabaseFile       = $db/virtuoso.db
ErrorLogFile       = $db/virtuoso.log
LockFile           = $db/virtuoso.lck
TransactionFile    = $db/virtuoso.trx
xa_persistent_file = $db/virtuoso.pxa
TempStorage        = TempDatabase
[TempDatabase]
DatabaseFile       = $db/virtuoso-temp.db
TransactionFile    = $db/virtuoso-temp.trx
[Parameters]
ServerPort         = 127.0.0.1:$sql_port
DisableUnixSocket  = 1
DirsAllowed        = $db/load
NumberOfBuffers    = 10000
MaxDirtyBuffers    = 6000
CheckpointInterval = 0
[HTTPServer]
ServerPort         = 127.0.0.1:$http_port
ServerRoot         = $db
ServerThreads      = 4
[SPARQL]
ResultSetMaxRows      = 1000000
MaxQueryExecutionTime = 300
EOF

server=
watchdog=
stop_server() {
  [ -n "$watchdog" ] && kill "$watchdog" 2> /dev/null
  [ -n "$server" ] || return 0
  isql-vt "127.0.0.1:$sql_port" dba dba exec="shutdown;" > /dev/null 2>&1 &
  for _ in $(seq 1 40); do kill -0 "$server" 2> /dev/null || break; sleep 0.25; done
  kill -0 "$server" 2> /dev/null && kill -9 "$server" 2> /dev/null
  wait "$server" 2> /dev/null
  wait 2> /dev/null  # the shutdown client
  server=
}
trap 'stop_server; rm -rf "$scratch"' EXIT
trap 'exit 1' INT TERM

virtuoso-t +foreground +configfile "$db/virtuoso.ini" > "$db/server.out" 2>&1 &
server=$!
# Stops the server even when this script is killed outright (a ctest timeout).
(while kill -0 $$ 2> /dev/null; do sleep 1; done; kill -9 "$server" 2> /dev/null) > /dev/null 2>&1 &
watchdog=$!
sql() { isql-vt "127.0.0.1:$sql_port" dba dba exec="$1" 2>&1; }
ready=no
for _ in $(seq 1 240); do
  kill -0 "$server" 2> /dev/null || break
  if sql "select 1;" > /dev/null && curl -sf -o /dev/null "http://127.0.0.1:$http_port/sparql?query=ASK%7B%7D"; then
    ready=yes
    break
  fi
  sleep 0.5
done
if [ "$ready" != yes ]; then
  fail "the private Virtuoso server did not start; its log:"
  tail -20 "$db/virtuoso.log" "$db/server.out" >&2
  finish
fi
echo "virtuoso: private server on 127.0.0.1:$sql_port (SQL) and :$http_port (HTTP) after $((SECONDS - started)) s"

for name in "${graphs[@]}"; do
  mkdir -p "$db/load/$name"
  node "$here/jsonld_to_nquads.mjs" "$scratch/$name.jsonld" "$db/load/$name/$name.nq"
  expect_status 0 $? "jsonld.js turns the $name graph into N-Quads"
  graph_iri="urn:jaring:test:$name"
  sql "ld_dir('$db/load/$name', '*.nq', '$graph_iri'); rdf_loader_run(); checkpoint;" > "$db/load-$name.out"
  sql "select ll_file, ll_error from DB.DBA.load_list where ll_error is not null;" > "$db/errors-$name.out"
  grep -q "^0 Rows" "$db/errors-$name.out" || { fail "bulk load of the $name graph:"; cat "$db/load-$name.out" "$db/errors-$name.out" >&2; }
  acceptance=()
  [ "$name" = dev ] && acceptance=(--acceptance)
  node "$here/sparql_check.mjs" "$scratch/$name.jsonld" --endpoint "http://127.0.0.1:$http_port/sparql" \
    --graph "$graph_iri" --nquads "$db/load/$name/$name.nq" "${acceptance[@]}"
  expect_status 0 $? "Virtuoso on the $name graph"
done
stop_server
echo "virtuoso: done in $((SECONDS - started)) s"
finish
