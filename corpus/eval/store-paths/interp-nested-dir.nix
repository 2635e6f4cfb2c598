"${./fixtures/nested-only}"
