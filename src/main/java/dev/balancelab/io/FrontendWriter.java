package dev.balancelab.io;

import com.google.gson.stream.JsonWriter;
import dev.balancelab.domain.BalancerInstance;
import dev.balancelab.domain.BalancerSpec;
import dev.balancelab.domain.DnsSpec;
import dev.balancelab.domain.Frontend;
import dev.balancelab.domain.Regions;
import dev.balancelab.domain.VipSpec;
import dev.balancelab.domain.VrrpMember;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Writes the balancer tier of a topology (issue 14), the fields {@link FrontendReader} reads. */
final class FrontendWriter {
    /** Writes one balancer's settings, inside an object the caller opens and closes. */
    interface SpecWriter {
        void write(JsonWriter w, BalancerSpec spec) throws IOException;
    }

    private FrontendWriter() {}

    /**
     * The single {@code balancer} of a plain lab (one balancer {@code lb1} reached directly), else {@code balancers[]};
     * then, where the lab has them, {@code vip}, {@code dns}, {@code regions} and {@code clientRetry}.
     */
    static void write(JsonWriter w, Frontend front, List<BalancerInstance> balancers, SpecWriter specs)
            throws IOException {
        BalancerInstance first = balancers.get(0);
        if (front.single() && first.id().equals(BalancerInstance.FIRST_ID)) {
            w.name("balancer").beginObject();
            specs.write(w, first.spec());
            w.endObject();
        } else {
            balancers(w, balancers, specs);
        }
        if (front.vip() != null) {
            vip(w, front.vip());
        }
        if (front.dns() != null) {
            dns(w, front.dns());
        }
        if (front.regions().any()) {
            regions(w, front.regions());
        }
        if (front.clientRetry().attempts() > 1) {
            w.name("clientRetry")
                    .beginObject()
                    .name("attempts")
                    .value(front.clientRetry().attempts())
                    .name("backoffMs")
                    .value(front.clientRetry().backoffMs())
                    .endObject();
        }
    }

    private static void balancers(JsonWriter w, List<BalancerInstance> balancers, SpecWriter specs) throws IOException {
        w.name("balancers").beginArray();
        for (BalancerInstance b : balancers) {
            w.beginObject().name("id").value(b.id());
            region(w, b.region());
            specs.write(w, b.spec());
            w.endObject();
        }
        w.endArray();
    }

    /** A node's {@code region}, if it has one. */
    static void region(JsonWriter w, String region) throws IOException {
        if (!region.isEmpty()) {
            w.name(FrontendReader.REGION).value(region);
        }
    }

    private static void vip(JsonWriter w, VipSpec vip) throws IOException {
        w.name("vip")
                .beginObject()
                .name("address")
                .value(vip.address())
                .name("advertMs")
                .value(vip.advertMs())
                .name("preempt")
                .value(vip.preempt());
        w.name("members").beginArray();
        for (VrrpMember m : vip.members()) {
            w.beginObject()
                    .name("balancer")
                    .value(m.balancer())
                    .name("priority")
                    .value(m.priority())
                    .endObject();
        }
        w.endArray().endObject();
    }

    private static void dns(JsonWriter w, DnsSpec dns) throws IOException {
        w.name("dns").beginObject().name("ttlMs").value(dns.ttlMs());
        TopologyWriter.number(w.name("ignoreTtlShare"), dns.ignoreTtlShare());
        w.name("answers").beginArray();
        for (String a : dns.answers()) {
            w.value(a);
        }
        w.endArray().endObject();
    }

    private static void regions(JsonWriter w, Regions regions) throws IOException {
        w.name("regions")
                .beginObject()
                .name("latencyMs")
                .value(regions.latencyMs())
                .name("policy")
                .value(regions.policy().id());
        w.name("sites").beginArray();
        for (Map.Entry<String, Double> site : regions.weights().entrySet()) {
            w.beginObject().name("id").value(site.getKey());
            TopologyWriter.number(w.name("weight"), site.getValue()).endObject();
        }
        w.endArray().endObject();
    }
}
