"${./fixtures/link-to-plain}"
