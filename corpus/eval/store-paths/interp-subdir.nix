[ "${./fixtures/tree/b}" "${./fixtures/tree/b/deep}" ]
