/** Shell functions the node scripts share (each script defines `log` first). Pure: no cdktf here. */

/** `retry <command...>`: up to 10 tries, waiting 10 s longer each time; logs each retry. */
export const SHELL_RETRY = `retry() {
  local n=1
  until "$@"; do
    if [ "$n" -ge 10 ]; then return 1; fi
    log "retrying in $((n * 10))s: $1"
    sleep $((n * 10))
    n=$((n + 1))
  done
}`;
