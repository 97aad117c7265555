-- POSTs a prepared multipart body (BODY_FILE, BOUNDARY) with a bearer token (TOKEN).
local f = assert(io.open(os.getenv("BODY_FILE"), "rb"))
local body = f:read("*a")
f:close()
wrk.method = "POST"
wrk.body = body
wrk.headers["Content-Type"] = "multipart/form-data; boundary=" .. os.getenv("BOUNDARY")
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
