mixed = b"bytes" "text"
