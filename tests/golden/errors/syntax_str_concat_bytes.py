mixed = "text" b"bytes"
