-- wrk script: each request shows a questionnaire section page of a draft submission, as its respondent (session
-- cookie of the login form, and the CSRF cookie a browser keeps from its first page). Lines of the cookies file:
-- "<cookie value>\t<submission id>"; args: file, section id.
function init(args)
  pages = {}
  for line in io.lines(args[1]) do
    local cookie, submission = line:match("([^\t]+)\t([^\t]+)")
    table.insert(pages, {cookie, submission})
  end
  section = args[2]
  csrf = "bench" .. math.random(1000000000)
  next_page = math.random(#pages)
end

function request()
  next_page = next_page % #pages + 1
  local page = pages[next_page]
  return wrk.format("GET", "/submissions/" .. page[2] .. "/sections/" .. section,
      {["Cookie"] = "cokit-session=" .. page[1] .. "; cokit-csrf=" .. csrf})
end
