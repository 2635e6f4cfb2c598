[ "${./fixtures/exec.sh}" "${./fixtures/noexec.sh}" ]
