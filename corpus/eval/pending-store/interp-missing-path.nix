"${./does-not-exist}"
