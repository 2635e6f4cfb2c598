[ "${./fixtures/copy-a}" "${./fixtures/copy-b}" ]
