#!/usr/bin/env bash
# action.yml's lint step: the SARIF report into IJL_SARIF_FILE when it is to be uploaded,
# and the report in IJL_FORMAT in the log. The step itself never fails, so that the upload
# that follows sees the findings; the exit code goes to the step's outputs and the action's
# last step fails with it.
#
# In: IJL_PATHS, IJL_ARGS (split at blanks and new lines, no quoting, no globbing),
# IJL_FORMAT (a --format, or none), IJL_UPLOAD_SARIF (true or false), IJL_SARIF_FILE,
# GITHUB_OUTPUT. Out: exit-code (the larger of the runs'), sarif-file (when written).
set -euo pipefail

# ${VAR//$'\n'/ }: `read -a` reads one line
read -r -a paths <<<"${IJL_PATHS//$'\n'/ }"
read -r -a args <<<"${IJL_ARGS//$'\n'/ }"
[[ ${#paths[@]} -gt 0 ]] || paths=(.)

status=0
run() {  # run FORMAT [OPTIONS]: keeps the larger exit code
  local code=0
  iotjob-lint --format "$@" "${args[@]}" -- "${paths[@]}" || code=$?
  if ((code > status)); then status=$code; fi
}

case $IJL_UPLOAD_SARIF in
  true)
    run sarif -o "$IJL_SARIF_FILE"
    ;;
  false) ;;
  *)
    echo "::error title=iotjob-lint::upload-sarif: '$IJL_UPLOAD_SARIF' is not true or false"
    status=2
    ;;
esac
if [[ $IJL_FORMAT != none ]]; then
  run "$IJL_FORMAT"
elif [[ $IJL_UPLOAD_SARIF != true ]]; then
  run concise >/dev/null  # no report wanted, but the exit code is
fi

echo "exit-code=$status" >>"$GITHUB_OUTPUT"
if [[ $IJL_UPLOAD_SARIF == true && -s $IJL_SARIF_FILE ]]; then
  echo "sarif-file=$IJL_SARIF_FILE" >>"$GITHUB_OUTPUT"
fi
