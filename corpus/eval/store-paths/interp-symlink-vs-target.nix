[ "${./fixtures/link-to-plain}" "${./fixtures/plain.txt}" ]
