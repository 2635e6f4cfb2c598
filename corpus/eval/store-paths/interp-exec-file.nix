"${./fixtures/exec.sh}"
