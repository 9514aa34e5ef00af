-- wrk script: 1 KB JSON POSTs. The body file is given by the BODY_FILE environment variable.
local file = assert(io.open(os.getenv("BODY_FILE"), "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"

local non202 = 0
function response(status, headers, body)
  if status ~= 202 then
    non202 = non202 + 1
  end
end

function done(summary, latency, requests)
  io.write(string.format("non-202 responses: %d (counted on one thread)\n", non202))
end
