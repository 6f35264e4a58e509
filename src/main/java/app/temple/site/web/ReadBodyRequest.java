package app.temple.site.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request whose body has already been read (and checked) by {@link HostileInputFilter}: the body is served again
 * from memory. For a form, the container no longer parses the body once its stream was read, so the fields decoded
 * by the filter are added to the query's parameters here, exactly as the container would have done.
 */
final class ReadBodyRequest extends HttpServletRequestWrapper {

    private final byte[] body;
    private final Map<String, String[]> parameters;

    /** A body that is not a form: parameters come from the query string alone. */
    ReadBodyRequest(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
        this.parameters = null;
    }

    /** A form: its fields join the query string's. */
    ReadBodyRequest(HttpServletRequest request, byte[] body, Map<String, List<String>> formFields) {
        super(request);
        this.body = body;
        Map<String, String[]> merged = new LinkedHashMap<>(request.getParameterMap());
        formFields.forEach((name, values) -> merged.merge(name, values.toArray(String[]::new), ReadBodyRequest::concat));
        this.parameters = Collections.unmodifiableMap(merged);
    }

    private static String[] concat(String[] first, String[] second) {
        String[] both = new String[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream bytes = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return bytes.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                return bytes.read(buffer, offset, length);
            }

            @Override
            public boolean isFinished() {
                return bytes.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("the body was already read");
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }

    @Override
    public String getParameter(String name) {
        if (parameters == null) {
            return super.getParameter(name);
        }
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return parameters == null ? super.getParameterMap() : parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return parameters == null ? super.getParameterNames() : Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        if (parameters == null) {
            return super.getParameterValues(name);
        }
        String[] values = parameters.get(name);
        return values == null ? null : values.clone();
    }
}
