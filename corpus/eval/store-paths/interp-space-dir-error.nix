"${./fixtures/tree + "/sp ace"}"
