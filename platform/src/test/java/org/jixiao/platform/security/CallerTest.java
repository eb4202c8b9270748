package org.jixiao.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void theDepartmentClaimIsReadAsAStringOrAnArrayOfStrings() {
        assertThat(Caller.departmentsOf(Json.createArrayBuilder().add("GZ-XFJ").add(" GZ-MZJ ").add("").build()))
                .containsExactly("GZ-MZJ", "GZ-XFJ");
        assertThat(Caller.departmentsOf(Json.createValue("GZ-XFJ"))).containsExactly("GZ-XFJ");
        assertThat(Caller.departmentsOf("GZ-XFJ")).containsExactly("GZ-XFJ");
        assertThat(Caller.departmentsOf(List.of("B", "A"))).containsExactly("A", "B");
        assertThat(Caller.departmentsOf(null)).isEmpty();
    }

    @Test
    void numbersObjectsAndNullsInTheClaimNameNoDepartment() {
        assertThat(Caller.departmentsOf(Json.createArrayBuilder().add(42).addNull()
                .add(Json.createObjectBuilder().add("code", "GZ-XFJ")).build())).isEmpty();
        assertThat(Caller.departmentsOf(Json.createValue(7))).isEmpty();
    }

    @Test
    void onlyABearerTokenIsForwardedToPeers() {
        TokenPropagation propagation = new TokenPropagation();
        MultivaluedHashMap<String, String> incoming = new MultivaluedHashMap<>();
        incoming.putSingle("Authorization", "Bearer abc.def.ghi");
        incoming.putSingle("Cookie", "session=1");
        assertThat(propagation.update(incoming, new MultivaluedHashMap<>()))
                .containsOnlyKeys("Authorization").containsEntry("Authorization", List.of("Bearer abc.def.ghi"));
        incoming.putSingle("Authorization", "Basic ZmluYW5jZTpwdw==");
        assertThat(propagation.update(incoming, new MultivaluedHashMap<>())).isEmpty();
        assertThat(propagation.update(new MultivaluedHashMap<>(), new MultivaluedHashMap<>())).isEmpty();
    }
}
